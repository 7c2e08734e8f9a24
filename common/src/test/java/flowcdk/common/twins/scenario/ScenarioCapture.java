package flowcdk.common.twins.scenario;

import flowcdk.annotations.Capture;
import flowcdk.connector.CaptureConnector;

/** The Java twin of the Python CDK's scenario connector. */
@Capture(
    docsUrl = "https://example.com/scenario",
    config = ScenarioConfig.class,
    resources = {
      ScenarioResources.Events.class,
      ScenarioResources.Lookup.class,
      ScenarioResources.Parents.class,
      ScenarioResources.Children.class
    })
public final class ScenarioCapture implements CaptureConnector<ScenarioConfig> {}
