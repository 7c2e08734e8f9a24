package flowcdk.example.greenhouse.resources;

import flowcdk.connector.ResourceSpec;
import flowcdk.connector.Strategies;
import flowcdk.example.greenhouse.api.FullListing;
import flowcdk.example.greenhouse.api.Harvest;
import flowcdk.example.greenhouse.models.BaseDocumentJson;
import flowcdk.example.greenhouse.models.GreenhouseResourceJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The Harvest listings the connector captures; each resource's name is its path. */
public final class GreenhouseResources {

  /** Listings whose records have {@code updated_at}: incremental, with a backfill. */
  public static final List<String> INCREMENTAL =
      List.of(
          "applications",
          "application_stages",
          "applied_candidate_tags",
          "approval_flows",
          "approver_groups",
          "approvers",
          "attachments",
          "candidates",
          "candidate_attribute_types",
          "candidate_educations",
          "candidate_employments",
          "candidate_tags",
          "close_reasons",
          "custom_fields",
          "custom_field_options",
          "demographic_answers",
          "demographic_question_sets",
          "departments",
          "eeoc",
          "email_templates",
          "interviews",
          "interviewers",
          "interviewer_tags",
          "job_hiring_managers",
          "job_interview_stages",
          "job_notes",
          "job_posts",
          "jobs",
          "offers",
          "offices",
          "openings",
          "prospect_pools",
          "prospect_pool_stages",
          "referrers",
          "rejection_details",
          "rejection_reasons",
          "scorecard_questions",
          "scorecards",
          "sources",
          "user_emails",
          "user_job_permissions",
          "user_roles",
          "users");

  /** Listings without {@code updated_at}: listed whole at each interval, emitted when changed. */
  public static final List<String> SNAPSHOT = List.of("demographic_questions");

  private static final Duration INCREMENTAL_INTERVAL = Duration.ofMinutes(5);
  private static final Duration SNAPSHOT_INTERVAL = Duration.ofMinutes(15);

  private GreenhouseResources() {}

  /** Every resource, reading Harvest through {@code harvest}. */
  public static List<ResourceSpec> all(Harvest harvest) {
    List<ResourceSpec> all = new ArrayList<>();
    for (String name : INCREMENTAL) {
      all.add(
          ResourceSpec.builder(name)
              .key("/id")
              .schema(GreenhouseResourceJson.SCHEMA)
              .interval(INCREMENTAL_INTERVAL)
              .opener(new IncrementalResource(harvest, name))
              .build());
    }
    for (String name : SNAPSHOT) {
      all.add(
          ResourceSpec.builder(name)
              .snapshot()
              .schema(BaseDocumentJson.SCHEMA)
              .interval(SNAPSHOT_INTERVAL)
              .opener(
                  binding ->
                      Strategies.forBinding(binding)
                          .snapshot(new FullListing(harvest, name))
                          .open())
              .build());
    }
    return all;
  }
}
