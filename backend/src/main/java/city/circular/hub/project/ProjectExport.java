package city.circular.hub.project;

import city.circular.hub.common.Table;
import city.circular.hub.project.ProjectViews.MeasureView;
import city.circular.hub.project.ProjectViews.ProjectSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Starter projects as a table: one row per measure with the project's columns repeated (a project without
 * measures gets one row), so that spreadsheets can filter and sum impact. No personal data is in it.
 */
@ApplicationScoped
public class ProjectExport {

    private static final List<String> HEADER = List.of(
            "projectId",
            "project",
            "status",
            "fieldsOfAction",
            "plannedCompletion",
            "responsible",
            "measure",
            "measureStatus",
            "progressPercent",
            "cost",
            "co2eTonnesPerYear",
            "co2eMethod",
            "co2eConfidence",
            "renewableMwhPerYear",
            "energyCarrierFrom",
            "energyCarrierTo",
            "energyReplacedMwhPerYear",
            "materialAvoidedT",
            "materialReusedT",
            "materialRecycledT");

    private final MeasureRepository measures;

    public ProjectExport(MeasureRepository measures) {
        this.measures = measures;
    }

    Table table(List<ProjectSummary> projects) {
        Map<UUID, List<MeasureView>> measuresOf =
                measures.ofProjects(projects.stream().map(ProjectSummary::id).toList()).stream()
                        .map(ProjectMapper::toView)
                        .collect(Collectors.groupingBy(MeasureView::projectId));
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectSummary p : projects) {
            List<Object> project = Arrays.asList(
                    p.id(),
                    p.title(),
                    p.status(),
                    String.join("|", p.fieldsOfAction()),
                    p.plannedCompletion(),
                    String.join("; ", p.responsible()));
            List<MeasureView> ofProject = measuresOf.getOrDefault(p.id(), List.of());
            if (ofProject.isEmpty()) {
                rows.add(concat(project, java.util.Collections.nCopies(HEADER.size() - project.size(), null)));
            }
            for (MeasureView m : ofProject) {
                rows.add(concat(
                        project,
                        Arrays.asList(
                                m.title(),
                                m.status(),
                                m.progress(),
                                m.cost(),
                                m.co2eTonnesPerYear(),
                                m.co2eMethod(),
                                m.co2eConfidence(),
                                m.renewableMwhPerYear(),
                                m.energyCarrierFrom(),
                                m.energyCarrierTo(),
                                m.energyReplacedMwhPerYear(),
                                m.materialAvoidedT(),
                                m.materialReusedT(),
                                m.materialRecycledT())));
            }
        }
        return new Table("Starter projects", HEADER, rows);
    }

    private static List<Object> concat(List<Object> a, List<Object> b) {
        List<Object> row = new ArrayList<>(a);
        row.addAll(b);
        return row;
    }
}
