#!/usr/bin/env bash
# Builds Visit Planner for this operating system with its own Java runtime, so that it runs on a machine without
# Java. Usage (from anywhere):
#   installer/package.sh [app-image|deb|rpm|msi|exe|dmg|pkg]     (default: app-image)
# The result is in target/installer/. See installer/README.md for what each step does and why.
#   MVN_FLAGS=-o installer/package.sh deb     builds offline from ~/.m2
set -euo pipefail
cd "$(dirname "$0")/.."
type=${1:-app-image}
out=target/installer
name=VisitPlanner
package=visitplanner

#   PACKAGE_JAR_BUILT=1 installer/package.sh deb    uses target/visit-planner.jar as it is (no Maven build)
[ -n "${PACKAGE_JAR_BUILT:-}" ] || ./mvnw -q -B ${MVN_FLAGS:-} package -DskipTests
version=$(java -jar target/visit-planner.jar version | awk '{print $NF}')

# 1. The jar and exactly the libraries its manifest names (target/lib may hold older versions from earlier builds).
rm -rf "$out"
input=$out/input
mkdir -p "$input/lib"
cp target/visit-planner.jar "$input/"
unzip -p target/visit-planner.jar META-INF/MANIFEST.MF | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' \
    | sed -n 's/^Class-Path: //p' | tr ' ' '\n' | while read -r lib; do
    [ -n "$lib" ] && cp "target/$lib" "$input/lib/"
done

# The jars stored without compression: the package's xz then compresses their classes together, far better than
# each jar's own deflate does (the .deb is about a sixth smaller), and classes read from a stored jar need no
# inflating. Skipped without zip.
if command -v zip >/dev/null && command -v unzip >/dev/null; then
    for jar in "$input/visit-planner.jar" "$input"/lib/*.jar; do
        unpacked=$(mktemp -d)
        unzip -q "$jar" -d "$unpacked"
        rm "$jar"
        jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
        (cd "$unpacked" && zip -q -0 -X -r "$jar" META-INF/MANIFEST.MF . 2>/dev/null || zip -q -0 -X -r "$jar" .)
        rm -rf "$unpacked"
    done
fi

# 2. A Java runtime of only the Java modules the app uses, found by jdeps in every jar (JavaFX stays on the class
#    path as in the jar). jdeps reads each jar on its own with the others as a module path (some are modules);
#    jdk.localedata is added by hand: the French and Chinese date formats are a service jdeps cannot see.
modules_path=$out/modules
mkdir -p "$modules_path"
for jar in "$input"/lib/*.jar; do
    # The JavaFX jars without a platform are empty stand-ins for the platform ones.
    [[ $(basename "$jar") =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]] || cp "$jar" "$modules_path/"
done
modules=$(for jar in "$input/visit-planner.jar" "$modules_path"/*.jar; do
    jdeps --module-path "$modules_path" --ignore-missing-deps -q --multi-release 17 --print-module-deps "$jar"
done | tr ',' '\n' | grep -E '^(java|jdk)\.' | sort -u | tr '\n' ',')
modules="${modules}jdk.localedata"
echo "Java modules: $modules"
# Not compressed: the installers compress better than jlink does, and classes load faster from a plain image.
jlink --add-modules "$modules" --include-locales=en,fr,zh --strip-debug --no-header-files --no-man-pages \
    --output "$out/runtime"
# Debian's JDK keeps the symbol tables in its libraries (libjvm.so: 23 MB, 20 MB without).
if [ "$(uname -s)" = Linux ] && command -v strip >/dev/null; then
    find "$out/runtime" -name '*.so' -exec chmod u+w {} + -exec strip --strip-unneeded {} +
fi

# 3. The app image: the launcher, the runtime and the jars, with the desktop Java options (Launcher.OPTIONS; see
#    docs/decisions/0019-start-up.md). The data never goes inside it: it lives in the user's data folder.
java_options=(-XX:+UseSerialGC -Xms64m -Xmx1g -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1 -Xss1m -Dvisitplanner.options=true)
options=(--name "$name" --app-version "$version" --vendor "Visit Planner"
    --description "Plans a delegation's visits abroad: directory, itinerary, printed schedules and meeting records."
    --input "$input" --main-jar visit-planner.jar --main-class org.visitplanner.Main --runtime-image "$out/runtime"
    --icon assets/icon.png --dest "$out")
for option in "${java_options[@]}"; do options+=(--java-options "$option"); done
jpackage --type app-image "${options[@]}"
case $(uname -s) in
    Darwin) app=$out/$name.app/Contents/app; launcher=$out/$name.app/Contents/MacOS/$name
        java_in_image=$out/$name.app/Contents/runtime/Contents/Home/bin/java ;;
    MINGW*|MSYS*|CYGWIN*) app=$out/$name/app; launcher=$out/$name/$name.exe; java_in_image=$out/$name/runtime/bin/java.exe ;;
    *) app=$out/$name/lib/app; launcher=$out/$name/bin/$name; java_in_image=$out/$name/lib/runtime/bin/java ;;
esac

# 4. The class-data archive (AppCDS) of the classes a start loads, the Java ones and the app's: listed during a
#    training run of the image on the sample's data (up to the week painted and the idle phase), then written by
#    the image's own Java for exactly the launcher's class path. One archive for both, so the runtime needs no
#    default archive of its own. Java checks it at each start and ignores it if it does not match. The run needs a
#    display: Xvfb is started when there is none.
train_display=
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ]; then
    if command -v Xvfb >/dev/null; then
        for n in $(seq 150 199); do [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || break; done
        Xvfb :$n -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & train_display=$!
        export DISPLAY=:$n
        sleep 1
    fi
fi
archive=$app/visit-planner.jsa
cfg=$(find "$app" -maxdepth 1 -name "$name.cfg")
if [ "$(uname -s)" != Linux ] || [ -n "${DISPLAY:-}" ]; then
    training=$(mktemp -d)
    # On data that exists already, as at every start but the first (which creates it: Flyway, the sample's files).
    "$launcher" --data-dir "$training/data" sample >/dev/null
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$training/classes.lst" "$launcher" --data-dir "$training/data" \
        --startup-trace >"$training/out.txt" 2>&1 & run=$!
    for _ in $(seq 1 240); do grep -q 'startup-trace: idle' "$training/out.txt" && break; sleep 0.5; done
    kill -TERM $run 2>/dev/null || true
    wait $run 2>/dev/null || true
    grep 'startup-trace' "$training/out.txt" || { echo "The training run did not start:"; cat "$training/out.txt"; }
    separator=:
    case $(uname -s) in MINGW*|MSYS*|CYGWIN*) separator=';' ;; esac
    app_absolute=$(cd "$app" && pwd)
    class_path=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app_absolute|" | paste -sd "$separator" -)
    if [ -s "$training/classes.lst" ]; then
        # Kept in the image: a package installed elsewhere writes its archive from it (see deb below).
        cp "$training/classes.lst" "$app/visit-planner.classlist"
        "$java_in_image" -Xshare:dump -XX:SharedClassListFile="$training/classes.lst" \
            -XX:SharedArchiveFile="$archive" -cp "$class_path" >"$training/dump.txt" 2>&1 \
            || { echo "The class-data archive could not be written:"; tail -5 "$training/dump.txt"; }
    fi
    rm -rf "$training"
fi
[ -n "$train_display" ] && kill $train_display 2>/dev/null
if [ -f "$archive" ]; then
    # The launcher's settings file: Java options are read from it at each start.
    sed -i.bak -e "/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=\$APPDIR/visit-planner.jsa" \
        -e "/^\[JavaOptions\]/a java-options=-Xshare:auto" "$cfg" && rm -f "$cfg.bak"
    echo "Class-data archive: $(du -h "$archive" | cut -f1)"
else
    echo "No class-data archive (no display to train on): the app starts without one." >&2
fi

# 5. The package.
case $type in
    app-image) ;;
    deb)
        # Built with dpkg-deb rather than jpackage: jpackage's maintainer scripts call xdg-desktop-menu, which fails
        # on a Debian without a menu folder and leaves the package half-installed. Here the desktop entry, the icon
        # and the command are plain files of the package: dpkg adds and removes them, and the desktop's own
        # triggers update its menus where there are any.
        root=$out/deb/root
        mkdir -p "$root/opt/$package" "$root/usr/bin" "$root/usr/share/applications" \
            "$root/usr/share/icons/hicolor/64x64/apps" "$root/usr/share/doc/$package" "$root/DEBIAN"
        cp -a "$out/$name/." "$root/opt/$package/"
        # Java 17 checks the class path an archive was written for, paths included: the archive for the installed
        # app is written on the user's machine, in /opt/visitplanner, from the class list of the training run.
        rm -f "$root/opt/$package/lib/app/visit-planner.jsa"
        ln -s "/opt/$package/bin/$name" "$root/usr/bin/$package"
        cp installer/linux/visitplanner.desktop "$root/usr/share/applications/$package.desktop"
        cp assets/icon.png "$root/usr/share/icons/hicolor/64x64/apps/$package.png"
        cp installer/linux/copyright "$root/usr/share/doc/$package/copyright"
        # Depends: the packages of the shared libraries the runtime and the launcher link to, and GTK 3, which
        # JavaFX loads by name.
        depends=$(find "$root/opt/$package" -type f \( -name '*.so' -o -perm -u+x \) -exec ldd {} \; 2>/dev/null \
            | awk '/=> \// {print $3}' | sort -u | while read -r lib; do
                dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null || true
            done | cut -d: -f1 | sort -u | tr '\n' ',' | sed 's/,$//; s/,/, /g')
        depends="libgtk-3-0${depends:+, $depends}"
        size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
        cat > "$root/DEBIAN/control" <<EOF
Package: $package
Version: $version-1
Section: misc
Priority: optional
Architecture: $(dpkg --print-architecture)
Installed-Size: $size
Depends: $depends
Recommends: xdg-utils, fonts-noto-cjk | fonts-wqy-microhei
Maintainer: Visit Planner <visitplanner@localhost>
Description: Plans a delegation's visits abroad
 Visit Planner helps the secretary of a university's international office
 plan a delegation's visit abroad: the directory of institutions and people,
 a day-by-day itinerary with feasible travel between venues, printed
 schedules, and a record of what each meeting achieved. Works offline; the
 data stays in the user's own folder.
EOF
        # The class-data archive, written after installing (a few seconds); without it the app starts all the same.
        # Neither script ever fails: the package must install and remove on any Debian, desktop or not.
        sed -e "s|@PACKAGE@|$package|g" -e "s|@NAME@|$name|g" installer/linux/postinst >"$root/DEBIAN/postinst"
        sed -e "s|@PACKAGE@|$package|g" installer/linux/prerm >"$root/DEBIAN/prerm"
        chmod 0755 "$root/DEBIAN/postinst" "$root/DEBIAN/prerm"
        find "$root" -type d -exec chmod 0755 {} +
        find "$root/opt/$package" -type f -exec chmod u+rw,go+r,go-w {} +
        dpkg-deb --root-owner-group -Zxz -z9 --build "$root" "$out/${package}_$version-1_$(dpkg --print-architecture).deb" >/dev/null
        rm -rf "$out/deb"
        ;;
    *)
        # rpm, msi, exe, dmg, pkg: jpackage on their own systems, from the trained image.
        extra=()
        case $type in
            rpm) extra=(--linux-shortcut --linux-menu-group Office --linux-package-deps gtk3) ;;
            msi|exe) extra=(--win-menu --win-shortcut --win-dir-chooser) ;;
        esac
        image=$out/$name
        [ "$(uname -s)" = Darwin ] && image=$out/$name.app
        jpackage --type "$type" --app-image "$image" --name "$name" --app-version "$version" --vendor "Visit Planner" \
            --description "Plans a delegation's visits abroad: directory, itinerary, printed schedules and meeting records." \
            --dest "$out" "${extra[@]}"
        ;;
esac
rm -rf "$input" "$modules_path" "$out/runtime"
echo "Built in $out:"
ls -l "$out"
