package dev.drop.platform.rest.internal.security;

import dev.drop.platform.security.Role;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import org.glassfish.jersey.process.Inflector;

/**
 * Gives every resource method the access rule it declares with the standard annotations, the method's own winning
 * over its class's: {@code @PermitAll} is public, {@code @RolesAllowed} needs one of the roles, {@code @DenyAll}
 * serves nobody. A method that declares nothing needs a signed-in caller of any role: forgetting an annotation closes
 * a route, it never opens one. Jersey's generated {@code OPTIONS} methods are the exception: they only list methods.
 */
public final class RoleEnforcement implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (Inflector.class.isAssignableFrom(resource.getResourceClass())) {
            return; // Jersey's own OPTIONS answers, listing the methods a path allows: open to anyone, as HTTP intends
        }
        Method method = resource.getResourceMethod();
        AnnotatedElement declaring = declares(method) ? method : resource.getResourceClass();
        if (declaring.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (declaring.isAnnotationPresent(DenyAll.class)) {
            context.register(new AccessRule(Set.of(), true));
        } else if (declaring.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new AccessRule(roles(declaring.getAnnotation(RolesAllowed.class)), false));
        } else {
            context.register(new AccessRule(EnumSet.allOf(Role.class), false));
        }
    }

    private static boolean declares(AnnotatedElement element) {
        return element.isAnnotationPresent(PermitAll.class) || element.isAnnotationPresent(DenyAll.class)
                || element.isAnnotationPresent(RolesAllowed.class);
    }

    private static Set<Role> roles(RolesAllowed allowed) {
        return Set.copyOf(Arrays.stream(allowed.value()).map(Role::valueOf).toList());
    }
}
