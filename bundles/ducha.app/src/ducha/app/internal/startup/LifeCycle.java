package ducha.app.internal.startup;

import java.util.Optional;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessRemovals;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import ducha.app.AppModel;
import ducha.app.internal.feedback.UncaughtExceptions;
import ducha.app.internal.backup.ScheduledBackups;
import ducha.app.internal.views.ViewMemory;
import ducha.core.security.Principal;

/**
 * The product's {@code lifeCycleURI}: runs the {@link StartupSequence} before the model is rendered and begins the
 * {@link Session} of the logged-in {@link Principal} (in the application context, where 注销 / 切换用户 finds it). Without a user the window is never shown and the
 * workbench closes as soon as it has started.
 */
public class LifeCycle {

	private Session session;
	private ScheduledBackups backups;
	private UncaughtExceptions uncaught;

	@PostContextCreate
	void startUp(IEclipseContext context) {
		// from now on nothing a listener throws reaches the event loop raw: a refusal goes to the view's status line
		uncaught = new UncaughtExceptions(Display.getDefault(), () -> activeView(context));
		uncaught.install();
		StartupSequence startup = new StartupSequence();
		Optional<Principal> user = startup.run();
		user.ifPresent(p -> {
			StartTimes.mark("logged-in");
			session = new Session(context);
			session.begin(p, !startup.demoAccounts().isEmpty());
			context.set(Session.class, session);
			// the embedded database's scheduled backups (ducha.properties) run while a workbench is open
			backups = new ScheduledBackups();
			backups.start();
		});
	}

	@ProcessAdditions
	void watchStartup(IEventBroker broker, MApplication application) {
		broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> started(application));
		if (session != null) {
			broker.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> {
				rememberViews(application);
				session.stop();
			});
		}
		if (backups != null) {
			broker.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> backups.stop());
		}
	}

	@ProcessRemovals
	void hideWindowsWithoutUser(MApplication application) {
		if (session == null) {
			application.getChildren().forEach(window -> window.setToBeRendered(false));
		}
	}

	private void started(MApplication application) {
		IEclipseContext context = application.getContext();
		// the rendering engine makes its event loop advisor the display's handler when its loop starts: ours again,
		// once that loop runs
		Display.getDefault().asyncExec(uncaught::install);
		if (session == null) {
			context.get(IWorkbench.class).close();
			return;
		}
		EModelService models = context.get(EModelService.class);
		if (models.find(AppModel.MAIN_WINDOW_ID, application) instanceof MWindow window
				&& window.getContext() != null) {
			session.showIn(window);
			// the window's key bindings (Ctrl+F, Ctrl+W, F5: the "In Windows" binding table): a pure E4 application
			// never activates that binding context by itself, and without it none of the keys reached its command
			window.getContext().get(EContextService.class).activateContext(AppModel.WINDOW_BINDING_CONTEXT);
			// the views this account had open when it last left (the model itself is cleared at every start)
			ContextInjectionFactory.make(ViewMemory.class, window.getContext()).restore();
			// benchmarks: the window and its parts are on screen once the event loop runs again
			Display.getCurrent().asyncExec(() -> {
				StartTimes.mark("window");
				session.windowShown();
			});
			// closing the main window (its title bar's X) unrenders it before the workbench's shutdown event: its
			// views are remembered here, while they still exist; 退出 reaches rememberViews through that event
			window.getContext().set(IWindowCloseHandler.class, closing -> {
				rememberViews(application);
				return true;
			});
		}
	}

	/** The widget of the main window's active view, or null (no window yet, no view active). */
	private static Control activeView(IEclipseContext context) {
		MApplication application = context.get(MApplication.class);
		EModelService models = context.get(EModelService.class);
		if (application == null || models == null
				|| !(models.find(AppModel.MAIN_WINDOW_ID, application) instanceof MWindow window)
				|| window.getContext() == null) {
			return null;
		}
		MPart part = window.getContext().get(EPartService.class).getActivePart();
		return part != null && part.getWidget() instanceof Control control ? control : null;
	}

	/** The workbench closes: the logged-in account's open views are remembered for its next log-in. */
	private void rememberViews(MApplication application) {
		if (!session.loggedIn()) {
			return;
		}
		EModelService models = application.getContext().get(EModelService.class);
		if (models.find(AppModel.MAIN_WINDOW_ID, application) instanceof MWindow window
				&& window.getContext() != null) {
			ContextInjectionFactory.make(ViewMemory.class, window.getContext()).remember();
		}
	}
}
