package dev.drop.platform.core.internal.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleDeclarationTest {

    @Test
    void readsTheModuleCapabilityOfAFeature() {
        assertThat(ModuleCapability.parse("drop.module;drop.module=catalog;enabled=true;"
                + "routes:List<String>=\"/v1/catalog,/v1/merchants/{id}/products\""))
                .contains(new ModuleCapability("catalog", true, List.of("/v1/catalog", "/v1/merchants/{id}/products"), List.of(), List.of()));
        assertThat(ModuleCapability.parse("drop.module;drop.module=cards")).contains(new ModuleCapability("cards", false, List.of(), List.of(), List.of()));
        assertThat(ModuleCapability.parse("drop.module;drop.module=catalog;needs:List<String>=\"merchants,auth\""))
                .contains(new ModuleCapability("catalog", false, List.of(), List.of(), List.of("merchants", "auth")));
        assertThat(ModuleCapability.parse("drop.module;drop.module=catalog;pages:List<String>=\"/shop,/admin\""))
                .contains(new ModuleCapability("catalog", false, List.of(), List.of("/shop", "/admin"), List.of()));
        assertThat(ModuleCapability.parse("osgi.service;objectClass=x")).isEmpty();
        assertThat(ModuleCapability.parse("drop.module;drop.module=rail-sandbox;needs:List<String>=\"transactions\""))
                .contains(new ModuleCapability("rail-sandbox", false, List.of(), List.of(), List.of("transactions")));
        assertThat(ModuleCapability.parse("drop.module;drop.module=Bad-Name")).isEmpty();
        assertThat(ModuleCapability.parse("drop.module;drop.module=trailing-")).isEmpty();
    }

    @Test
    void routePrefixesCoverTheirSubtreeAndTemplatedSegments() {
        RoutePrefixes routes = new RoutePrefixes(List.of("/v1/catalog", "/v1/merchants/{id}/products"));
        assertThat(routes.covers("/v1/catalog")).isTrue();
        assertThat(routes.covers("/v1/catalog/shop/products/oud")).isTrue();
        assertThat(routes.covers("v1/catalog")).isTrue();
        assertThat(routes.covers("/v1/catalogue")).isFalse();
        assertThat(routes.covers("/v1/merchants/42/products/7/images")).isTrue();
        assertThat(routes.covers("/v1/merchants/42")).isFalse();
        assertThat(routes.covers("/v1/merchants/42/staff")).isFalse();
    }

    @Test
    void explainsAMissingPackageInOneSentence() {
        Exception resolver = new Exception("Unable to resolve root: missing requirement [root] osgi.identity; "
                + "osgi.identity=drop-needy; type=karaf.feature; version=\"[0.1.0,0.1.0]\" [caused by: Unable to resolve "
                + "drop-needy/0.1.0: missing requirement [drop-needy/0.1.0] osgi.wiring.package; "
                + "filter:=\"(osgi.wiring.package=dev.drop.nowhere)\"]");
        assertThat(ResolutionFailure.explain("needy", resolver))
                .isEqualTo("module needy cannot be enabled: drop-needy needs package dev.drop.nowhere, which nothing installed provides");
    }

    @Test
    void aBuildIsWrittenWhereItsLocationPoints() {
        SystemRepository repository = new SystemRepository(Path.of("/opt/drop/system"));
        assertThat(repository.fileOf("mvn:dev.drop/catalog-impl/1.2.0")).contains(
                Path.of("/opt/drop/system/dev/drop/catalog-impl/1.2.0/catalog-impl-1.2.0.jar"));
        assertThat(repository.fileOf("mvn:dev.drop/features/1.2.0/xml/features")).contains(
                Path.of("/opt/drop/system/dev/drop/features/1.2.0/features-1.2.0-features.xml"));
        assertThat(repository.fileOf("file:/tmp/greeting.jar")).isEmpty();
        assertThat(repository.fileOf("wrap:mvn:x/y/1")).isEmpty();
    }
}
