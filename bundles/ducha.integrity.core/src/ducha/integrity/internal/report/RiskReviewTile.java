package ducha.integrity.internal.report;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.DeclaredTile;
import ducha.core.spi.TileValue;
import ducha.integrity.IntegrityPermissions;
import ducha.integrity.IntegrityTargets;
import ducha.integrity.RiskListService;
import ducha.integrity.RiskMeasure;
import ducha.integrity.RiskMeasure.ReviewState;
import ducha.integrity.internal.Messages;

/**
 * 风险措施待复核: measures in force whose periodic review falls within the review window
 * ({@link RiskMeasure#REVIEW_WINDOW_DAYS}) or is overdue.
 */
@Component(service = DashboardTile.class)
public class RiskReviewTile extends DeclaredTile {

	@Reference
	private RiskListService riskList;

	@Reference
	private AuthorizationService authorization;

	public RiskReviewTile() {
		super("integrity.risk-review", Messages.tileTitle, 600, IntegrityTargets.RISK_LIST);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return authorization.isPermitted(viewer, IntegrityPermissions.RECORDS_READ);
	}

	@Override
	public TileValue compute(Principal viewer) {
		if (!concerns(viewer)) {
			return new TileValue("—", Messages.tileNotPermitted, TileValue.Level.NORMAL);
		}
		LocalDate today = LocalDate.now();
		List<RiskMeasure> dueList = riskList.dueForReview(today, RiskMeasure.REVIEW_WINDOW_DAYS, viewer);
		long due = dueList.size();
		long overdue = dueList.stream().filter(m -> m.reviewStateOn(today) == ReviewState.OVERDUE).count();
		TileValue.Level level = overdue > 0 ? TileValue.Level.ALERT
				: due > 0 ? TileValue.Level.WARNING : TileValue.Level.NORMAL;
		return new TileValue(String.valueOf(due),
				NLS.bind(Messages.tileDetail, RiskMeasure.REVIEW_WINDOW_DAYS, overdue), level);
	}
}
