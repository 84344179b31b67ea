package ducha.team.internal;

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
import ducha.team.TeamPermissions;

/** The {@code team.*} figures of REPORT-METRICS.md, gathered from the plugin's parts ({@link TeamFigures}). */
@Component
public class TeamReportSection implements ReportSection {

	private final List<TeamFigures> parts = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addPart(TeamFigures part) {
		parts.add(part);
	}

	void removePart(TeamFigures part) {
		parts.remove(part);
	}

	@Override
	public String section() {
		return "team";
	}

	@Override
	public String title() {
		return Messages.sectionTitle;
	}

	@Override
	public int order() {
		return 10;
	}

	/** Only for readers who may read the roster and meetings it counts in the plugin's own views. */
	@Override
	public String readPermission() {
		return TeamPermissions.READ;
	}

	@Override
	public List<ReportFigure> figures(Period period) {
		return parts.stream().sorted(Comparator.comparingInt(TeamFigures::order))
				.flatMap(part -> part.figures(period).stream()).toList();
	}
}
