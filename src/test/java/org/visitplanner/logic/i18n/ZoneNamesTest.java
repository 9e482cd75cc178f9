package org.visitplanner.logic.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ZoneNamesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aZoneIsNamedByItsCityInEachLanguage() {
        assertThat(ZoneNames.city(Locale.ENGLISH, PARIS)).isEqualTo("Paris");
        assertThat(ZoneNames.city(Locale.CHINESE, PARIS)).isEqualTo("巴黎");
        assertThat(ZoneNames.city(Locale.FRENCH, ZoneId.of("Europe/London"))).isEqualTo("Londres");
        assertThat(ZoneNames.timeOf(Locale.ENGLISH, ZoneId.of("America/Whitehorse"))).isEqualTo("Whitehorse time");
    }

    @Test
    void theTimeOfACityIsAPhraseOfItsLanguage() {
        assertThat(ZoneNames.timeOf(Locale.ENGLISH, SHANGHAI)).isEqualTo("Shanghai time");
        assertThat(ZoneNames.timeOf(Locale.FRENCH, SHANGHAI)).isEqualTo("heure de Shanghai");
        assertThat(ZoneNames.timeOf(Locale.CHINESE, SHANGHAI)).isEqualTo("上海时间");
        assertThat(ZoneNames.timeOf(Locale.FRENCH, ZoneId.of("Europe/Amsterdam"))).isEqualTo("heure d’Amsterdam");
        assertThat(ZoneNames.timeOf(Locale.FRENCH, ZoneId.of("Africa/Cairo"))).isEqualTo("heure du Caire");
    }

    @Test
    void aZoneWithoutAKnownCityGetsItsLocalizedNameNeverItsId() {
        ZoneId yukon = ZoneId.of("Canada/Yukon"); // an old alias: only canonical zones have a city
        assertThat(ZoneNames.knownCity(Locale.ENGLISH, yukon)).isEmpty();
        for (Locale language : Messages.LANGUAGES) {
            assertThat(ZoneNames.timeOf(language, yukon)).doesNotContain("/").doesNotContain("Canada");
            assertThat(ZoneNames.city(language, yukon)).doesNotContain("/");
        }
        assertThat(ZoneNames.timeOf(Locale.CHINESE, yukon)).matches(".*[\\u4e00-\\u9fff].*");
    }
}
