package ducha.study.internal.tests;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.DeclaredTile;
import ducha.core.spi.TileValue;
import ducha.study.StudyTargets;
import ducha.study.StudyTest;
import ducha.study.TestResult;

/** 待补考: staff of this year's tests below the pass mark or absent with no make-up yet, as far as the viewer sees. */
@Component(service = DashboardTile.class)
public class MakeupTile extends DeclaredTile {

	@Reference
	private TestRecords records;

	@Reference
	private TestAccess access;

	public MakeupTile() {
		super("study.pending-makeups", Messages.tileMakeups, 710, StudyTargets.MAKEUPS);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return access.readsOthers(viewer);
	}

	@Override
	public TileValue compute(Principal viewer) {
		if (!concerns(viewer)) {
			return new TileValue("—", Messages.tileNotPermitted, TileValue.Level.NORMAL);
		}
		int year = LocalDate.now().getYear();
		List<StudyTest> tests = records.tests().stream().filter(t -> t.heldOn().getYear() == year
				&& !t.heldOn().isAfter(LocalDate.now())).toList();
		TestAccess.ScoreVisibility visible = access.visibility(viewer);
		long pending = tests.stream().flatMap(t -> records.results(t).stream()).filter(TestResult::makeupDue)
				.filter(r -> visible.test(r.staffNo(), r.departmentCode())).count();
		return new TileValue(String.valueOf(pending), NLS.bind(Messages.tileMakeupsDetail, tests.size()),
				pending > 0 ? TileValue.Level.WARNING : TileValue.Level.NORMAL);
	}
}
