#!/usr/bin/env bash
# Benchmarks of docs/benchmarks.md. Data and indexes go under ${BENCH_DIR:-/tmp/pressroom-bench}, never into git.
#   bench/bench.sh generate N          synthetic corpus of N paragraphs
#   bench/bench.sh ingest N            files -> committed index on all cores, beside the analysis-only bound
#   bench/bench.sh search N [JMH args] JMH, in-process query mix on the index of N paragraphs (e.g. -t 8)
#   bench/bench.sh http N CONNECTIONS  wrk against `pressroom serve` on that index (start it first, see docs)
#   bench/bench.sh solrcloud N [SECONDS] [THREADS,...]  SolrCloud (2-node test cluster) beside the embedded index
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${BENCH_DIR:-/tmp/pressroom-bench}
cmd=$1; n=$2; shift 2
classpath() {
  [ -f target/pressroom.jar ] && [ -d target/test-classes/io/pressroom/bench ] || mvn -B -q package -DskipTests
  [ -f target/test-classpath.txt ] || mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
  echo "target/test-classes:target/classes:$(cat target/test-classpath.txt)"
}
case $cmd in
  generate) java -jar target/pressroom.jar generate --paragraphs "$n" --out "$DIR/corpus-$n" --seed 1 ;;
  ingest) java -Xmx4g -cp "$(classpath)" io.pressroom.bench.IngestBench "$DIR/corpus-$n" "$DIR/index-$n" 2 ;;
  search) java -cp "$(classpath)" -Dbench.index="$DIR/index-$n" org.openjdk.jmh.Main SearchBenchmark -jvmArgsAppend "-Xmx512m -Dbench.index=$DIR/index-$n" "$@" ;;
  solrcloud)
    cp=$(classpath)
    [ -f target/solr-cluster.classpath ] || mvn -B -q process-test-classes   # the test cluster's own classpath
    java -Xmx1g -cp "$cp" io.pressroom.bench.SolrCloudBench "$n" "$@" ;;
  http) wrk -t$(( $1 < 2 ? 1 : 2 )) -c"$1" -d20s --latency -s bench/wrk-mix.lua http://127.0.0.1:${PORT:-8080} ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
