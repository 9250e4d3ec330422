#!/usr/bin/env bash
# Regenerates the JBang scripts of this folder from the Java examples (the single source): each script is its
# header below followed by the Java class from its first import on. JBangScriptsMatchJavaTest checks they agree.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
java_dir="$here/../src/main/java/io/deepscalper/examples"
V=0.1.0-SNAPSHOT

header() { # name, deps..., then optional FILES lines via $FILES
  local name=$1; shift
  echo '///usr/bin/env jbang "$0" "$@" ; exit $?'
  echo '//JAVA 17+'
  for dep in "$@"; do echo "//DEPS $dep"; done
  [[ -n ${FILES:-} ]] && echo "//FILES $FILES"
  echo
  echo "// Run: examples/jbang/jbang examples/jbang/$name.java [--quick]   (after ./mvnw -B install)"
  echo "// Generated from examples/src/main/java/io/deepscalper/examples/$name.java by generate-from-java.sh"
  echo
}

script() { # name, deps...
  local name=$1
  { header "$@"; sed -n '/^import /,$p' "$java_dir/$name.java"; } >"$here/$name.java"
}

SLF4J=org.slf4j:slf4j-simple:2.0.20
# onnxruntime is optional in deepscalper-registry: the script that runs an exported model asks for it
ONNXRUNTIME=com.microsoft.onnxruntime:onnxruntime:1.22.0
script QuickStart io.deepscalper:deepscalper-core:$V $SLF4J
FILES='META-INF/services/io.deepscalper.api.spi.RetrainTrigger=services/CustomTrigger.RetrainTrigger' \
  script CustomTrigger io.deepscalper:deepscalper-continuous:$V $SLF4J
FILES='META-INF/services/io.deepscalper.api.spi.DataSource=services/CustomDataSource.DataSource' \
  script CustomDataSource io.deepscalper:deepscalper-core:$V $SLF4J
script OwnTrainingLoop io.deepscalper:deepscalper-monitoring:$V io.deepscalper:deepscalper-core:$V $SLF4J
script OnnxExport io.deepscalper:deepscalper-registry:$V $ONNXRUNTIME $SLF4J
script ContinuousFakeClock io.deepscalper:deepscalper-continuous:$V $SLF4J
