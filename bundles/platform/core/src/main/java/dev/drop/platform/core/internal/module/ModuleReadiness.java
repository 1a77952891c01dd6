package dev.drop.platform.core.internal.module;

import dev.drop.platform.core.internal.web.ServedServlets;
import dev.drop.platform.module.ServedRoutes;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Reads a module's health from the Declarative Services runtime, the API and the web server: ready when every bundle is
 * active, every enabled component is satisfied, the API serving now holds every resource and extension the bundles
 * publish and the web server serves every servlet they register; failed when a component threw on activation (a
 * migration that did not apply, say), with its error. A component that requires configuration and has none is not
 * waiting: it runs once per configuration an operator adds (one per identity provider, say), and none configured is a
 * valid state.
 */
final class ModuleReadiness {

    private static final String CONFIGURATION_REQUIRED = "require";
    private static final String SERVICE_COMPONENT = "Service-Component";

    private static final String RESOURCE = "osgi.jaxrs.resource";
    private static final String EXTENSION = "osgi.jaxrs.extension";

    private final ServiceComponentRuntime runtime;
    private final ServedRoutes served;
    private final ServedServlets servlets;

    ModuleReadiness(ServiceComponentRuntime runtime, ServedRoutes served, ServedServlets servlets) {
        this.runtime = runtime;
        this.served = served;
        this.servlets = servlets;
    }

    Readiness of(Collection<Bundle> bundles) {
        for (Bundle bundle : bundles) {
            if (isFragment(bundle)) {
                continue;
            }
            if (bundle.getState() != Bundle.ACTIVE) {
                return Readiness.waiting("bundle " + bundle.getSymbolicName() + " is not active");
            }
            Collection<ComponentDescriptionDTO> descriptions = runtime.getComponentDescriptionDTOs(bundle);
            if (descriptions.isEmpty() && bundle.getHeaders().get(SERVICE_COMPONENT) != null) {
                // the bundle is active a moment before the component runtime has read its components
                return Readiness.waiting("the components of " + bundle.getSymbolicName() + " are not loaded yet");
            }
            for (ComponentDescriptionDTO description : descriptions) {
                if (!runtime.isComponentEnabled(description)) {
                    if (description.defaultEnabled) {
                        // the component runtime enables a bundle's components one by one after the bundle started
                        return Readiness.waiting("component " + description.name + " is not enabled yet");
                    }
                    continue;
                }
                Readiness component = of(bundle, description);
                if (component.kind() != Readiness.Kind.READY) {
                    return component;
                }
            }
        }
        for (Bundle bundle : bundles) {
            Readiness api = servedContributionsOf(bundle);
            if (api.kind() != Readiness.Kind.READY) {
                return api;
            }
        }
        List<ServiceReference<?>> registered = bundles.stream()
                .flatMap(bundle -> ServedServlets.servletsOf(bundle.getRegisteredServices())).toList();
        return servlets.firstUnserved(registered).map(Readiness::waiting).orElse(Readiness.READY);
    }

    private Readiness servedContributionsOf(Bundle bundle) {
        ServiceReference<?>[] registered = bundle.getRegisteredServices();
        if (registered == null) {
            return Readiness.READY;
        }
        for (ServiceReference<?> service : registered) {
            if ((isTrue(service.getProperty(RESOURCE)) || isTrue(service.getProperty(EXTENSION))) && !served.servesService((Long) service.getProperty(Constants.SERVICE_ID))) {
                return Readiness.waiting("the API does not serve " + String.join(", ",
                        (String[]) service.getProperty(Constants.OBJECTCLASS)) + " of " + bundle.getSymbolicName() + " yet");
            }
        }
        return Readiness.READY;
    }

    private static boolean isTrue(Object property) {
        return property != null && Boolean.parseBoolean(property.toString());
    }

    private Readiness of(Bundle bundle, ComponentDescriptionDTO description) {
        Collection<ComponentConfigurationDTO> configurations = runtime.getComponentConfigurationDTOs(description);
        if (configurations.isEmpty()) {
            if (CONFIGURATION_REQUIRED.equals(description.configurationPolicy)) {
                return Readiness.READY;
            }
            return Readiness.waiting("component " + description.name + " waits for its configuration "
                    + String.join(", ", description.configurationPid));
        }
        for (ComponentConfigurationDTO configuration : configurations) {
            switch (configuration.state) {
                case ComponentConfigurationDTO.FAILED_ACTIVATION:
                    return Readiness.failed("component " + description.name + " failed to start: "
                            + reason(configuration.failure));
                case ComponentConfigurationDTO.UNSATISFIED_REFERENCE:
                    return Readiness.waiting("component " + description.name + " waits for "
                            + Arrays.stream(configuration.unsatisfiedReferences)
                                    .map(reference -> reference.name + (reference.target == null ? "" : " " + reference.target))
                                    .collect(Collectors.joining(", ")));
                case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION:
                    return Readiness.waiting("component " + description.name + " waits for its configuration");
                default:
                    if (description.factory == null && description.serviceInterfaces.length > 0
                            && !registers(bundle, configuration.id)) {
                        // satisfied a moment before its service is registered
                        return Readiness.waiting("component " + description.name + " has not registered its service yet");
                    }
                    break;
            }
        }
        return Readiness.READY;
    }

    private static boolean registers(Bundle bundle, long componentId) {
        ServiceReference<?>[] registered = bundle.getRegisteredServices();
        return registered != null && Arrays.stream(registered)
                .anyMatch(service -> Long.valueOf(componentId).equals(service.getProperty(ComponentConstants.COMPONENT_ID)));
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders().get("Fragment-Host") != null;
    }

    /**
     * The first message in the failure's stack trace that says something: not the reflective wrapper the component
     * runtime adds, without stack frames and exception class names.
     */
    private static String reason(String failure) {
        if (failure == null) {
            return "no reason given";
        }
        return failure.lines().map(line -> line.replaceFirst("^Caused by: ", ""))
                .filter(line -> !line.startsWith("\t") && !line.startsWith("java.lang.reflect.") && line.contains(": "))
                .map(line -> line.replaceFirst("^([\\w.$]+(Exception|Error): )+", ""))
                .findFirst().orElse(failure.lines().findFirst().orElse(failure));
    }
}
