#!/usr/bin/env bash
# Start-up benchmark: runs a bare JavaFX window and Visit Planner alternately under Xvfb (with the openbox window
# manager), round after round, and prints the median time from launch to the first frame (the bare window) and to
# the sample week painted (the app: the line its --startup-trace prints), their ratio, and the app's resident memory
# (for the jar: the process that shows the window; the first one, which only waits for it, holds about 40 MB more).
#
#   bench/startup.sh [ROUNDS]            (default 10; needs xvfb, openbox, xdotool, libgtk-3-0)
#
# Measured: the jar on the sample's data (created once before), the jar on a new data folder each round (first start:
# the database and the sample are created), the packaged app when it is installed or target/installer/VisitPlanner
# exists (installer/package.sh), and the jar on a 10-year archive when target/bench/archive exists (README).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-10}

[ -f target/visit-planner.jar ] || ./mvnw -q -B -DskipTests package
mkdir -p target/bench
fx=$(ls target/lib/javafx-*-linux.jar | tr '\n' ':')
javac -d target/bench/classes -cp "$fx" bench/BareWindow.java

for n in $(seq 150 199); do [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || break; done
Xvfb :$n -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
sleep 1
DISPLAY=:$n openbox >/dev/null 2>&1 & wm=$!
trap 'kill $wm $xvfb 2>/dev/null' EXIT
export DISPLAY=:$n
sleep 1

sample=target/bench/sample-data
rm -rf "$sample"
java -jar target/visit-planner.jar --data-dir "$sample" sample >/dev/null

commands=("bare-window=java -cp target/bench/classes:$fx BareWindow"
    "jar=java -jar target/visit-planner.jar --data-dir $sample --startup-trace"
    "jar-first-start=java -jar target/visit-planner.jar --data-dir {FRESH} --startup-trace")
# The installed package if there is one (apt install ./target/installer/visitplanner_…deb), else the app image.
if [ -x /opt/visitplanner/bin/VisitPlanner ]; then
    commands+=("packaged=/opt/visitplanner/bin/VisitPlanner --data-dir $sample --startup-trace")
elif [ -x target/installer/VisitPlanner/bin/VisitPlanner ]; then
    commands+=("packaged=target/installer/VisitPlanner/bin/VisitPlanner --data-dir $sample --startup-trace")
fi
if [ -f target/bench/archive/visit-planner.mv.db ]; then
    commands+=("jar-archive=java -jar target/visit-planner.jar --data-dir target/bench/archive --startup-trace")
fi
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds after one warm-up round" >&2
java bench/StartupBench.java "$rounds" "${commands[@]}"
