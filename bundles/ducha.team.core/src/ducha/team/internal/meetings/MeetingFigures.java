package ducha.team.internal.meetings;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.Jpa;
import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.team.internal.TeamFigures;

/**
 * {@code team.meetings}: work meetings held in the period; {@code team.problems_analysed}: problems raised at those
 * meetings and analysed by the period's end; {@code team.problems_resolved}: of those, the ones resolved by the
 * period's end (a problem is resolved only after its analysis).
 */
@Component
public class MeetingFigures implements TeamFigures {

	private static final String RAISED_IN_PERIOD = "select count(p) from MeetingProblemEntity p"
			+ " where p.meeting.date between :from and :to";

	@Reference
	private MeetingsContext context;

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<ReportFigure> figures(Period period) {
		long[] counts = Jpa.read(context.emf, em -> new long[] {
				em.createQuery("select count(m) from MeetingEntity m where m.date between :from and :to", Long.class)
						.setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult(),
				em.createQuery(RAISED_IN_PERIOD + " and p.analysedOn <= :to", Long.class)
						.setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult(),
				em.createQuery(RAISED_IN_PERIOD + " and p.analysedOn <= :to and p.resolvedOn <= :to", Long.class)
						.setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult() });
		return List.of(new ReportFigure("team.meetings", counts[0], Messages.figureMeetings),
				new ReportFigure("team.problems_analysed", counts[1], Messages.figureAnalysed),
				new ReportFigure("team.problems_resolved", counts[2], Messages.figureResolved));
	}
}
