package org.visitplanner.logic.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitplanner.logic.itinerary.Trips.HENRI_IV;
import static org.visitplanner.logic.itinerary.Trips.LOUIS_LE_GRAND;
import static org.visitplanner.logic.itinerary.Trips.MINES;
import static org.visitplanner.logic.itinerary.Trips.POLYTECHNIQUE;
import static org.visitplanner.logic.itinerary.Trips.PONTS;

import org.junit.jupiter.api.Test;
import org.visitplanner.model.Institution;
import org.visitplanner.model.TravelMode;

class TravelEstimatorTest {

    private static int estimate(Institution from, Institution to, TravelMode mode) {
        return TravelEstimator.minutes(TravelEstimator.distanceKm(from.coordinates(), to.coordinates()), mode);
    }

    @Test
    void palaiseauToCentralParisTakesFortyToSixtyMinutesByTrainOrCar() {
        assertThat(estimate(POLYTECHNIQUE, MINES, TravelMode.PUBLIC_TRANSPORT)).isBetween(40, 60);
        assertThat(estimate(POLYTECHNIQUE, MINES, TravelMode.CAR)).isBetween(40, 60);
        assertThat(estimate(MINES, POLYTECHNIQUE, TravelMode.PUBLIC_TRANSPORT))
                .isEqualTo(estimate(POLYTECHNIQUE, MINES, TravelMode.PUBLIC_TRANSPORT));
    }

    @Test
    void centralParisToChampsSurMarneTakesAboutFortyMinutesByRer() {
        assertThat(estimate(MINES, PONTS, TravelMode.PUBLIC_TRANSPORT)).isBetween(35, 50);
    }

    @Test
    void louisLeGrandToHenriIvIsAFiveMinuteWalk() {
        double km = TravelEstimator.distanceKm(LOUIS_LE_GRAND.coordinates(), HENRI_IV.coordinates());
        assertThat(TravelEstimator.defaultMode(km)).isEqualTo(TravelMode.WALK);
        assertThat(estimate(LOUIS_LE_GRAND, HENRI_IV, TravelMode.WALK)).isBetween(4, 6);
    }

    @Test
    void peopleWalkUnderAboutOneAndAHalfKilometresAndRideBeyond() {
        assertThat(TravelEstimator.defaultMode(1.4)).isEqualTo(TravelMode.WALK);
        assertThat(TravelEstimator.defaultMode(1.6)).isEqualTo(TravelMode.PUBLIC_TRANSPORT);
    }

    @Test
    void theGreatCircleDistanceMatchesAKnownOne() {
        // Palaiseau (Polytechnique) to Champs-sur-Marne (École des Ponts): about 31 km as the crow flies.
        assertThat(TravelEstimator.distanceKm(POLYTECHNIQUE.coordinates(), PONTS.coordinates())).isBetween(30.0, 32.0);
    }
}
