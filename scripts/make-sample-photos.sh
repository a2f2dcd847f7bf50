#!/usr/bin/env bash
# Makes the sample mission's photos in assets/sample-photos: small JPEGs
# (well under 60 kB) that stand in for a technician's pictures, so the sample
# mission report shows photos. Needs ImageMagick (apt-get install -y imagemagick).
# The seeds are fixed, so running it again gives the same pictures.
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/sample-photos
mkdir -p "$out"
im=/usr/bin/convert
make() { # name seed colours label
  "$im" -size 800x600 -seed "$2" plasma:"$3" -blur 0x2 \
    -fill '#ffffffcc' -draw 'rectangle 0,520 800,600' \
    -fill '#1f3864' -font DejaVu-Sans -pointsize 28 -annotate +24+570 "$4" \
    -strip -sampling-factor 4:2:0 -quality 70 "$out/$1.jpg"
}
make el-espinal-walk 11 'olivedrab-khaki' 'El Espinal'
make design-workshop 23 'sienna-wheat' 'Taller / Workshop'
make drainage-channel 37 'steelblue-lightcyan' 'Caño / Channel'
ls -l "$out"
