package ducha.team.internal.roster;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.team.internal.TeamFigures;

/**
 * The roster's figures, all taken on the period's last day from the history: a role held then (an appointment
 * starting after it or ended before it does not count), each person once; the groups existing then.
 */
@Component
public class RosterFigures implements TeamFigures {

	@Reference
	private RosterContext context;

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<ReportFigure> figures(Period period) {
		LocalDate last = period.to();
		return List.of(
				new ReportFigure("team.political_supervisors", holders(SupervisorRole.POLITICAL_SUPERVISOR, last),
						Messages.figurePolitical),
				new ReportFigure("team.integrity_supervisors", holders(SupervisorRole.INTEGRITY_SUPERVISOR, last),
						Messages.figureIntegrity),
				new ReportFigure("team.groups", GroupRules.on(context.emf, last).size(), Messages.figureGroups));
	}

	private long holders(SupervisorRole role, LocalDate day) {
		return context.supervisors.heldOn(role, day).stream().map(SupervisorAssignment::staffNo).distinct().count();
	}
}
