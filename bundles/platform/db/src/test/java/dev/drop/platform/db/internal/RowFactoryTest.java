package dev.drop.platform.db.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.reflection.ReflectionException;
import org.junit.jupiter.api.Test;

class RowFactoryTest {

    record Row(String name, int count) {

        Row(String name) {
            this(name, 1);
        }

        Row {
            if (count < 0) {
                throw new IllegalArgumentException("count below zero");
            }
        }
    }

    private final RowFactory factory = new RowFactory();

    @Test
    void buildsRowsWithTheConstructorTheArgumentsName() {
        assertThat(factory.create(Row.class, List.of(String.class, int.class), List.of("a", 2))).isEqualTo(new Row("a", 2));
        assertThat(factory.create(Row.class, List.of(String.class, int.class), List.of("b", 3))).isEqualTo(new Row("b", 3));
        assertThat(factory.create(Row.class, List.of(String.class), List.of("c"))).isEqualTo(new Row("c", 1));
        assertThat(factory.create(Row.class, List.of(String.class, int.class), List.of("d", 4))).isEqualTo(new Row("d", 4));
    }

    @Test
    void argumentTypeListsChangedAfterwardsDoNotChangeTheConstructorRemembered() {
        List<Class<?>> types = new ArrayList<>(List.of(String.class, int.class));
        factory.create(Row.class, types, List.of("a", 2));
        types.remove(1);
        assertThat(factory.create(Row.class, types, List.of("b"))).isEqualTo(new Row("b", 1));
    }

    @Test
    void reportsFailuresAsMyBatisDoes() {
        assertThatThrownBy(() -> factory.create(Row.class, List.of(String.class, int.class), List.of("a", -1)))
                .isInstanceOf(ReflectionException.class).hasMessageContaining("Row");
        assertThatThrownBy(() -> factory.create(Row.class, List.of(Long.class), List.of(1L)))
                .isInstanceOf(ReflectionException.class).hasMessageContaining("Row");
    }
}
