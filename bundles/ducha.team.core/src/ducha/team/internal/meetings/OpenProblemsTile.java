package ducha.team.internal.meetings;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.DeclaredTile;
import ducha.core.spi.TileValue;
import ducha.team.MeetingProblem;
import ducha.team.TeamTargets;
import ducha.team.internal.jpa.MeetingProblemEntity;

/** 例会未解决问题: the problems raised at work meetings and not resolved; a warning when one is past its due date. */
@Component(service = DashboardTile.class)
public class OpenProblemsTile extends DeclaredTile {

	@Reference
	private MeetingsContext context;

	public OpenProblemsTile() {
		super("team.meeting-problems", Messages.tileTitle, 910, TeamTargets.MEETINGS);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return context.mayRead(viewer);
	}

	@Override
	public TileValue compute(Principal viewer) {
		if (!concerns(viewer)) {
			return new TileValue("—", Messages.tileNotPermitted, TileValue.Level.NORMAL);
		}
		List<MeetingProblem> open = Jpa.read(context.emf,
				em -> Problems.all(em, true).stream().map(MeetingProblemEntity::toRecord).toList());
		LocalDate today = LocalDate.now();
		long overdue = open.stream().filter(p -> p.overdue(today)).count();
		return new TileValue(String.valueOf(open.size()), NLS.bind(Messages.tileDetail, overdue),
				overdue > 0 ? TileValue.Level.WARNING : TileValue.Level.NORMAL);
	}
}
