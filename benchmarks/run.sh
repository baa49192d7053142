#!/usr/bin/env bash
# Runs the JMH benchmarks on one thread (the targets are per core). Arguments go to JMH, e.g.
#   benchmarks/run.sh CertificateBenchmark -wi 3 -i 5   (1 thread; JMH defaults otherwise: 5 forks of 5 + 5 iterations, here of 2 s)
# GoodsImportBenchmark reads 100,000 goods rows with a 256 MB heap; benchmarks/run-easyexcel.sh reads the same file with EasyExcel.
# Set COO4J_DATA to include the data-pack checks.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q package -DskipTests -pl benchmarks -am
data_opt=()
if [ -n "${COO4J_DATA:-}" ]; then data_opt=(-jvmArgsAppend "-Dcoo4j.data=$COO4J_DATA"); fi
exec java -jar benchmarks/target/benchmarks.jar -t 1 -w 2s -r 2s "${data_opt[@]}" "$@"
