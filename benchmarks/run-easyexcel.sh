#!/usr/bin/env bash
# Runs the EasyExcel peer of GoodsImportBenchmark on the same generated 100,000-row file, e.g.
#   benchmarks/run-easyexcel.sh -wi 2 -i 5
# benchmarks/easyexcel is a project of its own (EasyExcel needs POI 5.2.5; coo4j uses 5.5.1): it is built here,
# never by the reactor. Its setup runs the coo4j benchmarks jar to write the file, so that is built first.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q package -DskipTests -pl benchmarks -am
mvn -B -ntp -q package -f benchmarks/easyexcel/pom.xml
exec java -Dcoo4j.benchmarks.jar=benchmarks/target/benchmarks.jar -jar benchmarks/easyexcel/target/benchmarks-easyexcel.jar \
    EasyExcelGoodsBenchmark -t 1 "$@"
