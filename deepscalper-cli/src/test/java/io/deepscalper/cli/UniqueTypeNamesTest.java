package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One vocabulary: no two public top-level types of any module share a simple name, so that a name in a
 * stack trace, a log line or the documentation means one thing. Checked on the compiled classes of every
 * module (the CLI's test class path holds them all), tests excluded.
 */
class UniqueTypeNamesTest {

    @Test
    void noTwoPublicTopLevelTypesShareASimpleName() {
        Map<String, List<String>> byName = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.deepscalper")
                .stream()
                .filter(JavaClass::isTopLevelClass)
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        Map<String, List<String>> duplicated = new TreeMap<>(byName);
        duplicated.values().removeIf(names -> names.size() < 2);

        assertThat(byName).as("the import found the project's classes").containsKey("ContinuousTrainer");
        assertThat(duplicated).as("public top-level types sharing a simple name (rename or merge them)").isEmpty();
    }
}
