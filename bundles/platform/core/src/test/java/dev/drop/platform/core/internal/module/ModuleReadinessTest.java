package dev.drop.platform.core.internal.module;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drop.platform.core.internal.web.ServedServlets;
import dev.drop.platform.module.ServedRoutes;
import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.FailedServletDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.osgi.service.http.runtime.dto.ServletContextDTO;
import org.junit.jupiter.api.Test;

class ModuleReadinessTest {

    private static final long COMPONENT_ID = 42;

    @Test
    void anActiveBundleWhoseComponentsTheRuntimeHasNotReadYetIsNotReady() {
        Bundle bundle = bundle(true);
        Readiness readiness = readiness(List.of()).of(List.of(bundle));

        assertThat(readiness.kind()).isEqualTo(Readiness.Kind.WAITING);
        assertThat(readiness.detail()).isEqualTo("the components of dev.drop.catalog.impl are not loaded yet");
    }

    @Test
    void aSatisfiedComponentIsReadyOnlyOnceItsServiceIsRegistered() {
        ComponentDescriptionDTO storefront = component();

        Readiness before = readiness(List.of(storefront)).of(List.of(bundle(false)));
        assertThat(before.kind()).isEqualTo(Readiness.Kind.WAITING);
        assertThat(before.detail()).isEqualTo("component storefront has not registered its service yet");

        assertThat(readiness(List.of(storefront)).of(List.of(bundle(true))).kind()).isEqualTo(Readiness.Kind.READY);
    }

    @Test
    void aComponentEnabledByDefaultIsWaitedForUntilTheRuntimeHasEnabledIt() {
        ComponentDescriptionDTO storefront = component();
        storefront.defaultEnabled = true;

        Readiness readiness = readiness(List.of(storefront), false).of(List.of(bundle(true)));

        assertThat(readiness.kind()).isEqualTo(Readiness.Kind.WAITING);
        assertThat(readiness.detail()).isEqualTo("component storefront is not enabled yet");
    }

    @Test
    void aComponentDisabledByDefaultIsNotWaitedFor() {
        assertThat(readiness(List.of(component()), false).of(List.of(bundle(false))).kind()).isEqualTo(Readiness.Kind.READY);
    }

    private static ModuleReadiness readiness(List<ComponentDescriptionDTO> descriptions) {
        return readiness(descriptions, true);
    }

    private static ModuleReadiness readiness(List<ComponentDescriptionDTO> descriptions, boolean enabled) {
        ComponentConfigurationDTO satisfied = new ComponentConfigurationDTO();
        satisfied.id = COMPONENT_ID;
        satisfied.state = ComponentConfigurationDTO.SATISFIED;
        ServiceComponentRuntime runtime = proxy(ServiceComponentRuntime.class, Map.of(
                "getComponentDescriptionDTOs", descriptions,
                "isComponentEnabled", enabled,
                "getComponentConfigurationDTOs", List.of(satisfied)));
        ServedRoutes routes = proxy(ServedRoutes.class, Map.of("servesService", true, "serves", true));
        RuntimeDTO web = new RuntimeDTO();
        web.servletContextDTOs = new ServletContextDTO[0];
        web.failedServletDTOs = new FailedServletDTO[0];
        HttpServiceRuntime http = proxy(HttpServiceRuntime.class, Map.of("getRuntimeDTO", web));
        return new ModuleReadiness(runtime, routes, new ServedServlets(http));
    }

    private static ComponentDescriptionDTO component() {
        ComponentDescriptionDTO description = new ComponentDescriptionDTO();
        description.name = "storefront";
        description.serviceInterfaces = new String[] {"dev.drop.catalog.PublicCatalog"};
        description.configurationPolicy = "optional";
        return description;
    }

    /** The catalog's impl bundle, active, declaring components, with its component's service registered or not. */
    private static Bundle bundle(boolean serviceRegistered) {
        Hashtable<String, String> headers = new Hashtable<>(Map.of("Service-Component", "OSGI-INF/*.xml"));
        ServiceReference<?> service = (ServiceReference<?>) Proxy.newProxyInstance(ServiceReference.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> "component.id".equals(args[0]) ? COMPONENT_ID : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return proxy(Bundle.class, Map.of(
                "getState", Bundle.ACTIVE,
                "getSymbolicName", "dev.drop.catalog.impl",
                "getHeaders", headers,
                "getRegisteredServices", serviceRegistered ? new ServiceReference<?>[] {service} : new ServiceReference<?>[0]));
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (answers.containsKey(method.getName())) {
                return answers.get(method.getName());
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }
}
