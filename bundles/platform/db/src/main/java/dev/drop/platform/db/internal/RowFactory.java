package dev.drop.platform.db.internal;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

/**
 * MyBatis's object factory, remembering the constructor each row type is built with. The default looks the
 * constructor up by reflection again for every row, which copies it each time: a few percent of a list's time.
 */
final class RowFactory extends DefaultObjectFactory {

    private static final long serialVersionUID = 1L;

    private record Found(List<Class<?>> argTypes, Constructor<?> constructor) {
    }

    private final transient Map<Class<?>, Found> found = new ConcurrentHashMap<>();

    @Override
    public <T> T create(Class<T> type, List<Class<?>> argTypes, List<Object> args) {
        if (argTypes == null || args == null || type.isInterface()) {
            return super.create(type, argTypes, args);
        }
        Found known = found.get(type);
        try {
            if (known == null || !known.argTypes().equals(argTypes)) {
                Constructor<?> constructor = type.getDeclaredConstructor(argTypes.toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                known = new Found(List.copyOf(argTypes), constructor);
                found.put(type, known);
            }
            return type.cast(known.constructor().newInstance(args.toArray()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // MyBatis's own attempt reports the failure with the type and the arguments
            return super.create(type, argTypes, args);
        }
    }
}
