package ducha.app.internal.reminders;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import ducha.app.AppModel;
import ducha.app.internal.views.PartOpener;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderBoard;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * In the main window's trim: 提醒 with the number of overdue and due-soon reminders, in the colour of the most urgent
 * one; a click opens the 提醒 part.
 */
public class ReminderIndicator {

	@Inject
	private UISynchronize sync;

	@Inject
	private PartOpener opener;

	private ReminderFeed feed;
	private UrgencyStyle style;
	private Button button;
	private Runnable unsubscribe;

	@PostConstruct
	void create(Composite parent) {
		style = new UrgencyStyle(parent.getDisplay());
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 2).applyTo(area);
		button = new Button(area, SWT.PUSH | SWT.FLAT);
		button.addListener(SWT.Selection, e -> opener.open(AppModel.REMINDERS_PART_ID));
		watch();
	}

	/**
	 * The logged-in account's feed; after 注销 / 切换用户 the next account's, whose count replaces the previous one's
	 * (never shown to the next account).
	 */
	@Inject
	void feed(ReminderFeed current) {
		feed = current;
		if (button != null && !button.isDisposed()) {
			watch();
		}
	}

	private void watch() {
		if (unsubscribe != null) {
			unsubscribe.run();
		}
		button.setText(Messages.Reminders_title);
		button.setImage(null);
		button.setToolTipText(Messages.Reminders_computing);
		ReminderFeed watched = feed;
		unsubscribe = watched.subscribe(collected -> sync.asyncExec(() -> {
			if (watched == feed) {
				show(collected);
			}
		}));
	}

	private void show(ReminderBoard.Collected collected) {
		if (button.isDisposed()) {
			return;
		}
		// the number of rows the 提醒 part lists, in the colour of the most urgent one
		ReminderCounts counts = ReminderCounts.of(collected);
		Reminder.Urgency colour = counts.mostUrgent();
		button.setText(counts.total() == 0 ? Messages.Reminders_title
				: NLS.bind(Messages.Reminders_indicator, counts.total()));
		button.setImage(colour == null ? null : style.icon(colour));
		button.setToolTipText(counts.total() == 0 ? Messages.Reminders_none
				: NLS.bind(Messages.Reminders_indicatorTip, new Object[] { counts.overdue(), counts.dueSoon(),
						counts.info() }));
		button.getParent().getParent().layout(true, true);
	}

	/** What the button says now (for the UI test). */
	String text() {
		return button.getText();
	}

	@PreDestroy
	void dispose() {
		if (unsubscribe != null) {
			unsubscribe.run();
		}
		style.dispose();
	}
}
