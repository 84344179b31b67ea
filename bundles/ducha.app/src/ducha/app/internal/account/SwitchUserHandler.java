package ducha.app.internal.account;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import ducha.app.AppModel;
import ducha.app.internal.startup.LogIn;
import ducha.app.internal.startup.Session;
import ducha.app.internal.views.ViewMemory;
import ducha.core.security.Principal;
import ducha.core.security.UserService;

/**
 * 文件 → 注销 / 切换用户…: after a confirmation (the kit tracks no unsaved input, so it always asks, and says that
 * open views close), every view and window of the account closes, its log-in ends (audited), and the log-in
 * dialog asks for the next account while the main window is hidden. The workbench then fits the next account: the
 * navigator, the quick-find and the reminders indicator follow the new principal, and the home page opens with its
 * tiles, or the views that account had open when it last left ({@link ViewMemory}); the leaving account's views
 * are remembered before they close.
 */
public class SwitchUserHandler {

	private static final ILog LOG = ILog.of(SwitchUserHandler.class);

	@Execute
	void execute(MApplication application, EModelService models, IWorkbench workbench, Session session,
			UserService users) {
		if (!(models.find(AppModel.MAIN_WINDOW_ID, application) instanceof MWindow window)
				|| !(window.getWidget() instanceof Shell shell)) {
			return;
		}
		Principal leaving = session.principal();
		if (!MessageDialog.openConfirm(shell, Messages.SwitchUser_shellTitle,
				NLS.bind(Messages.SwitchUser_confirm, leaving.displayName()))) {
			return;
		}
		// remembered before they close, for this account's next log-in (here or after a restart)
		ContextInjectionFactory.make(ViewMemory.class, window.getContext()).remember();
		new OpenWork(window, models).close(window.getContext().get(EPartService.class));
		shell.setVisible(false);
		try {
			session.end(users);
		} catch (RuntimeException e) {
			// the key is forgotten before the audit entry is written; a database that fails now fails the log-in too
			LOG.error("The log-out of " + leaving.username() + " could not be recorded", e);
		}
		Optional<Principal> next = LogIn.again(users);
		if (next.isEmpty()) {
			// Cancel exits rather than returning to the previous account: it logged out, typically because its
			// owner leaves a shared office computer, and a window nobody is logged in to would have nothing to show.
			workbench.close();
			return;
		}
		session.begin(next.get(), !users.demoAccounts().isEmpty());
		session.showIn(window);
		shell.setVisible(true);
		// the arriving account's views from when it last left, or its home page
		ContextInjectionFactory.make(ViewMemory.class, window.getContext()).restore();
	}
}
