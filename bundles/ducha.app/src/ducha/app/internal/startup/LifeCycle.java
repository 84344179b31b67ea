package ducha.app.internal.startup;

import java.util.Optional;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessRemovals;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import ducha.app.AppModel;
import ducha.app.internal.backup.ScheduledBackups;
import ducha.app.internal.reminders.ReminderFeed;
import ducha.app.internal.views.PartOpener;
import ducha.core.security.Principal;

/**
 * The product's {@code lifeCycleURI}: runs the {@link StartupSequence} before the model is rendered and puts the
 * logged-in {@link Principal} into the application context. Without a user the window is never shown and the
 * workbench closes as soon as it has started.
 */
public class LifeCycle {

	private Principal principal;
	private boolean demoAccounts;
	private ReminderFeed reminders;
	private ScheduledBackups backups;

	@PostContextCreate
	void startUp(IEclipseContext context) {
		StartupSequence startup = new StartupSequence();
		Optional<Principal> user = startup.run();
		principal = user.orElse(null);
		demoAccounts = !startup.demoAccounts().isEmpty();
		user.ifPresent(p -> {
			context.set(Principal.class, p);
			// one feed for the window's indicator, the 提醒 part and whatever else shows reminders
			reminders = new ReminderFeed(p);
			context.set(ReminderFeed.class, reminders);
			reminders.start();
			// the embedded database's scheduled backups (ducha.properties) run while a workbench is open
			backups = new ScheduledBackups();
			backups.start();
		});
	}

	@ProcessAdditions
	void watchStartup(IEventBroker broker, MApplication application) {
		broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> started(application));
		if (reminders != null) {
			broker.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> reminders.stop());
		}
		if (backups != null) {
			broker.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> backups.stop());
		}
	}

	@ProcessRemovals
	void hideWindowsWithoutUser(MApplication application) {
		if (principal == null) {
			application.getChildren().forEach(window -> window.setToBeRendered(false));
		}
	}

	private void started(MApplication application) {
		IEclipseContext context = application.getContext();
		if (principal == null) {
			context.get(IWorkbench.class).close();
			return;
		}
		EModelService models = context.get(EModelService.class);
		if (models.find(AppModel.MAIN_WINDOW_ID, application) instanceof MWindow window
				&& window.getContext() != null) {
			// demo accounts stay visible in the title for as long as the window is open
			window.setLabel(window.getLocalizedLabel() + " — " + principal.displayName()
					+ (demoAccounts ? " — " + Messages.Startup_demoTitle : ""));
			ContextInjectionFactory.make(PartOpener.class, window.getContext()).open(AppModel.HOME_PART_ID);
		}
	}
}
