#!/usr/bin/env bash
# Builds Visit Planner for this operating system with the JDK's jpackage, Java runtime included, so that it runs on
# a machine without Java. Usage (from anywhere):
#   installer/package.sh [app-image|deb|rpm|msi|exe|dmg|pkg]     (default: app-image)
# The result is in target/installer/. A .deb needs dpkg-deb and fakeroot; an MSI needs the WiX toolset on Windows.
set -euo pipefail
cd "$(dirname "$0")/.."
type=${1:-app-image}

mvn -q -B package -DskipTests
version=$(java -jar target/visit-planner.jar version | awk '{print $NF}')

# Only the jar and the libraries its manifest names: target/lib may still hold older versions from earlier builds.
rm -rf target/installer
input=target/installer/input
mkdir -p "$input/lib"
cp target/visit-planner.jar "$input/"
unzip -p target/visit-planner.jar META-INF/MANIFEST.MF | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' \
    | sed -n 's/^Class-Path: //p' | tr ' ' '\n' | while read -r lib; do
    [ -n "$lib" ] && cp "target/$lib" "$input/lib/"
done

options=(--type "$type" --name VisitPlanner --app-version "$version" --vendor "Visit Planner"
    --description "Plans a delegation's visits abroad: directory, itinerary, printed schedules and meeting records."
    --input "$input" --main-jar visit-planner.jar --main-class org.visitplanner.Main
    --icon assets/icon.png --java-options -Xmx1g --dest target/installer)
case $type in
    deb|rpm) options+=(--linux-shortcut --linux-menu-group Office --linux-package-deps libgtk-3-0) ;;
    msi|exe) options+=(--win-menu --win-shortcut --win-dir-chooser) ;;
esac
[ "$type" = rpm ] && options=("${options[@]/libgtk-3-0/gtk3}")
jpackage "${options[@]}"
echo "Built in target/installer:"
ls target/installer | grep -v '^input$'
