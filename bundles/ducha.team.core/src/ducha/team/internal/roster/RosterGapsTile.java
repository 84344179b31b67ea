package ducha.team.internal.roster;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Language;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.DeclaredTile;
import ducha.core.spi.TileValue;
import ducha.team.RosterGap;
import ducha.team.RosterService;
import ducha.team.TeamTargets;

/** 名册缺额: today's gaps of the departments the viewer sees; an alert while there is any. */
@Component(service = DashboardTile.class)
public class RosterGapsTile extends DeclaredTile {

	@Reference
	private RosterContext context;

	@Reference
	private RosterService roster;

	public RosterGapsTile() {
		super("team.roster-gaps", Messages.tileGapsTitle, 900, TeamTargets.ROSTER);
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
		List<RosterGap> gaps = roster.gaps(LocalDate.now(), viewer);
		long departments = gaps.stream().map(RosterGap::departmentCode).distinct().count();
		return new TileValue(String.valueOf(gaps.size()), Language.format(Messages.tileGapsDetail, departments),
				gaps.isEmpty() ? TileValue.Level.NORMAL : TileValue.Level.ALERT);
	}
}
