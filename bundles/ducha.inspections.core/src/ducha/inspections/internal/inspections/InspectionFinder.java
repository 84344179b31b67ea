package ducha.inspections.internal.inspections;

import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.NumberSearch;
import ducha.core.security.Principal;
import ducha.core.spi.FoundRecord;
import ducha.core.spi.RecordFinder;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionTargets;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;
import ducha.inspections.internal.jpa.InspectionEntity;

/**
 * The quick-find's inspections by part of the 编号 (DC2025-017): only the ones the viewer may see (an open
 * unannounced inspection stays hidden from all but the office), newest first.
 */
@Component(service = RecordFinder.class)
public class InspectionFinder implements RecordFinder {

	@Reference
	private InspectionsContext context;

	@Override
	public List<FoundRecord> find(String text, Principal viewer, int limit) {
		if (!RecordFinder.searchable(text) || !context.mayRead(viewer)) {
			return List.of();
		}
		return NumberSearch.containing(context.emf, InspectionEntity.class, "inspectionNo", "e.at desc", text,
				i -> context.maySee(viewer, i.toRecord()), limit).stream().map(InspectionEntity::toRecord).map(this::hit)
				.toList();
	}

	private FoundRecord hit(Inspection i) {
		String departments = i.departments().stream().map(context::departmentName).collect(Collectors.joining("、"));
		String line = String.join(" · ", i.kind().label(), departments, i.at().toLocalDate().toString());
		return new FoundRecord(Messages.findInspectionKind, i.inspectionNo(), line, InspectionTargets.REGISTER,
				i.inspectionNo());
	}
}
