package ducha.study.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.study.StudyPermissions;

/** The {@code study.*} figures of REPORT-METRICS.md, gathered from the plugin's parts ({@link StudyFigures}). */
@Component
public class StudyReportSection implements ReportSection {

	private final List<StudyFigures> parts = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addPart(StudyFigures part) {
		parts.add(part);
	}

	void removePart(StudyFigures part) {
		parts.remove(part);
	}

	@Override
	public String section() {
		return "study";
	}

	@Override
	public String title() {
		return Messages.sectionTitle;
	}

	@Override
	public int order() {
		return 20;
	}

	/** Only for readers who may read the study records it counts in the plugin's own views. */
	@Override
	public String readPermission() {
		return StudyPermissions.RECORDS_READ;
	}

	@Override
	public List<ReportFigure> figures(Period period) {
		return parts.stream().sorted(Comparator.comparingInt(StudyFigures::order))
				.flatMap(part -> part.figures(period).stream()).toList();
	}
}
