package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.core.nn.djl.UpdateStats;
import io.deepscalper.core.nn.optim.FlatAdam;
import io.deepscalper.core.replay.SumTree;
import io.deepscalper.core.util.Rng;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.apiguardian.api.API.Status;
import org.junit.jupiter.api.Test;

/**
 * Every public type of every published module says how far a user may rely on it: its own {@code @API}
 * status, or its package's. The internals the architecture issue names are marked INTERNAL.
 */
class ApiStatusTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.deepscalper");

    @Test
    void everyPublicTypeHasAnApiStatus() {
        List<String> unmarked = ALL.stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
                .filter(c -> status(c.reflect()) == null)
                .map(JavaClass::getName).sorted().toList();
        assertThat(unmarked).as("public types without @API on the type or its package-info.java").isEmpty();
        assertThat(ALL.stream().filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC)).count())
                .as("the import saw the modules' classes").isGreaterThan(200);
    }

    @Test
    void theInternalsAreMarkedInternal() {
        for (Class<?> internal : List.of(FlatAdam.class, SumTree.class, Rng.class, UpdateStats.class)) {
            assertThat(status(internal)).as(internal.getName()).isEqualTo(Status.INTERNAL);
        }
    }

    @Test
    void thePlugInInterfacesAreStable() {
        assertThat(status(DataSource.class)).isEqualTo(Status.STABLE);
        assertThat(status(RetrainTrigger.class)).isEqualTo(Status.STABLE);
    }

    @Test
    void allThreeStatusesAreUsed() {
        Map<Status, Integer> counts = new TreeMap<>();
        ALL.stream().filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
                .forEach(c -> counts.merge(status(c.reflect()), 1, Integer::sum));
        assertThat(counts).containsKeys(Status.STABLE, Status.EXPERIMENTAL, Status.INTERNAL);
    }

    /** The type's own status, else its package's, else null. */
    private static Status status(Class<?> type) {
        API own = type.getAnnotation(API.class);
        if (own != null) {
            return own.status();
        }
        API pkg = type.getPackage().getAnnotation(API.class);
        return pkg == null ? null : pkg.status();
    }
}
