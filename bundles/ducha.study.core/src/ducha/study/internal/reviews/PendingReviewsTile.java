package ducha.study.internal.reviews;

import java.time.LocalDate;
import java.time.YearMonth;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.spi.DashboardTile;
import ducha.core.spi.DeclaredTile;
import ducha.core.spi.TileValue;
import ducha.core.security.Principal;
import ducha.study.StudyTargets;

/** 本月待调阅: the month's assigned reviews not yet recorded; a warning in the month's last week. */
@Component(service = DashboardTile.class)
public class PendingReviewsTile extends DeclaredTile {

	private static final int LAST_WEEK = 7;

	@Reference
	private PendingReviews pending;

	public PendingReviewsTile() {
		super("study.reviews-pending", Messages.tileTitle, 700, StudyTargets.REVIEWS);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return pending.concerns(viewer);
	}

	@Override
	public TileValue compute(Principal viewer) {
		if (!concerns(viewer)) {
			return new TileValue("—", Messages.tileNotPermitted, TileValue.Level.NORMAL);
		}
		LocalDate today = LocalDate.now();
		YearMonth month = YearMonth.from(today);
		int open = pending.of(month, viewer).size();
		boolean late = today.getDayOfMonth() > month.lengthOfMonth() - LAST_WEEK;
		return new TileValue(String.valueOf(open), NLS.bind(Messages.tileDetail, month.getMonthValue()),
				open > 0 && late ? TileValue.Level.WARNING : TileValue.Level.NORMAL);
	}
}
