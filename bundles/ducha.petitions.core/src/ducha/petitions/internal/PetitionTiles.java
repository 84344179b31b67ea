package ducha.petitions.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.BiPredicate;

import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.spi.TileValue;
import ducha.petitions.Petition;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.PetitionService;

/** The three dashboard figures over the open petitions the viewer may see. */
final class PetitionTiles {

	static final BiPredicate<Petition, LocalDate> OPEN = (p, today) -> p.state().open();
	static final BiPredicate<Petition, LocalDate> DUE_THIS_WEEK = (p, today) -> p.state().open()
			&& !p.deadline().isBefore(today)
			&& !p.deadline().isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
	static final BiPredicate<Petition, LocalDate> OVERDUE = (p, today) -> p.overdue(today);

	private PetitionTiles() {
	}

	static TileValue count(PetitionService petitions, AuthorizationService authorization, Principal viewer,
			BiPredicate<Petition, LocalDate> which, String caption, TileValue.Level whenAny) {
		if (!authorization.isPermitted(viewer, PetitionPermissions.READ)) {
			return new TileValue("—", "无权查看信访举报", TileValue.Level.NORMAL);
		}
		LocalDate today = LocalDate.now();
		List<Petition> visible = petitions.list(viewer);
		long n = visible.stream().filter(p -> which.test(p, today)).count();
		return new TileValue(String.valueOf(n), caption, n > 0 ? whenAny : TileValue.Level.NORMAL);
	}
}
