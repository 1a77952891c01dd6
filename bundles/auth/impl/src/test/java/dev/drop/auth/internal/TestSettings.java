package dev.drop.auth.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Settings as DS would hand them to a component: each attribute's default unless given. */
public final class TestSettings {

    private TestSettings() {
    }

    public static AuthConfig auth(Map<String, Object> given) {
        return (AuthConfig) Proxy.newProxyInstance(AuthConfig.class.getClassLoader(), new Class<?>[] {AuthConfig.class},
                (proxy, method, args) -> given.getOrDefault(method.getName(), method.getDefaultValue()));
    }
}
