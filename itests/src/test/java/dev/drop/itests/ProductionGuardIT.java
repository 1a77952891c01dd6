package dev.drop.itests;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.Test;

/** Started the way operators start it, with profile prod on the shipped H2 configuration, Drop refuses to run. */
public class ProductionGuardIT {

    @Test
    public void productionOnEmbeddedH2StopsTheRuntimeWithAClearMessage() throws Exception {
        try (Distribution drop = Distribution.unpack()) {
            drop.configure("dev.drop.platform.cfg", Map.of("profile", "prod"));
            drop.start();
            assertTrue("the runtime should stop by itself", drop.awaitExit(Duration.ofSeconds(120)));
            assertThat(drop.log(), containsString("Drop refuses to start: profile prod needs PostgreSQL, but the datasource"
                    + " is the embedded H2 database."));
        }
    }
}
