package ducha.core.internal.dashboard;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Language;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.DeclaredTile;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderBoard;
import ducha.core.spi.TileValue;
import ducha.core.spi.ViewTargets;

/**
 * 提醒: how many reminders (all plugins) the viewer's 提醒 view lists, and how many of them are overdue or due soon;
 * first on the home dashboard.
 */
@Component(service = DashboardTile.class)
public class ReminderTile extends DeclaredTile {

	@Reference
	private ReminderBoard board;

	public ReminderTile() {
		super("core.reminders", Messages.Reminders_title, 0, ViewTargets.REMINDERS);
	}

	@Override
	public TileValue compute(Principal viewer) {
		ReminderBoard.Collected collected = board.collect(viewer, LocalDate.now());
		long overdue = collected.reminders().stream().filter(r -> r.urgency() == Reminder.Urgency.OVERDUE).count();
		long dueSoon = collected.urgentCount() - overdue;
		TileValue.Level level = overdue > 0 ? TileValue.Level.ALERT
				: dueSoon > 0 ? TileValue.Level.WARNING : TileValue.Level.NORMAL;
		String caption = Language.format(Messages.Reminders_caption, overdue, dueSoon);
		if (!collected.failedSources().isEmpty()) {
			caption = Language.format(Messages.Reminders_failedSources, caption, collected.failedSources().size());
		}
		// every reminder the 提醒 view lists, as its badge counts them: the tile, the badge and the view say one number
		return new TileValue(String.valueOf(collected.reminders().size()), caption, level);
	}
}
