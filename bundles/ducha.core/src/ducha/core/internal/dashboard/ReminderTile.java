package ducha.core.internal.dashboard;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderBoard;
import ducha.core.spi.TileValue;
import ducha.core.spi.ViewTargets;

/** 提醒: how many of the viewer's reminders (all plugins) are overdue or due soon; first on the home dashboard. */
@Component
public class ReminderTile implements DashboardTile {

	@Reference
	private ReminderBoard board;

	@Override
	public String id() {
		return "core.reminders";
	}

	@Override
	public String title() {
		return "提醒";
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public TileValue compute(Principal viewer) {
		ReminderBoard.Collected collected = board.collect(viewer, LocalDate.now());
		long overdue = collected.reminders().stream().filter(r -> r.urgency() == Reminder.Urgency.OVERDUE).count();
		long dueSoon = collected.urgentCount() - overdue;
		TileValue.Level level = overdue > 0 ? TileValue.Level.ALERT
				: dueSoon > 0 ? TileValue.Level.WARNING : TileValue.Level.NORMAL;
		String caption = "已超期 " + overdue + " 项，即将到期 " + dueSoon + " 项"
				+ (collected.failedSources().isEmpty() ? "" : "（" + collected.failedSources().size() + " 个来源出错）");
		return new TileValue(String.valueOf(overdue + dueSoon), caption, level);
	}

	@Override
	public String target() {
		return ViewTargets.REMINDERS;
	}
}
