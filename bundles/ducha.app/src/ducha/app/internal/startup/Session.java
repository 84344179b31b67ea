package ducha.app.internal.startup;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;

import ducha.app.internal.reminders.ReminderFeed;
import ducha.core.security.Principal;
import ducha.core.security.UserService;

/**
 * The workbench's current log-in: puts the account's {@link Principal} and its {@link ReminderFeed} into the
 * application context, where every part, trim control and handler finds them, and takes them away again at 注销 /
 * 切换用户. The parts and controls that outlive a log-in (the navigator, the trim) follow the context's principal
 * through dynamic injection; the others are closed before the next account logs in.
 */
public final class Session {

	/**
	 * Context key, TRUE once the main window has been on screen: the account's background work (the reminder feed,
	 * the home page's figures) starts then, not while the window is first rendered, whose UI thread it would leave
	 * one core less on a 2-core desktop.
	 */
	public static final String WINDOW_SHOWN = "ducha.app.windowShown";

	private final IEclipseContext context;
	private Principal principal;
	private boolean demoAccounts;
	private ReminderFeed reminders;
	private String windowTitle;
	private boolean loggedIn;

	/** @param context the application's context */
	public Session(IEclipseContext context) {
		this.context = context;
	}

	/**
	 * The account logged in: from now on the workbench works for it.
	 *
	 * @param demoAccounts whether demo accounts with the published password could log in (said in the title)
	 */
	public void begin(Principal account, boolean demoAccounts) {
		this.principal = account;
		this.loggedIn = true;
		this.demoAccounts = demoAccounts;
		// one feed for the window's indicator, the 提醒 part and whatever else shows reminders
		ReminderFeed feed = new ReminderFeed(account);
		context.set(Principal.class, account);
		context.set(ReminderFeed.class, feed);
		reminders = feed;
		if (Boolean.TRUE.equals(context.get(WINDOW_SHOWN))) {
			feed.start();
		}
	}

	/** The main window is on screen for the first time: the account's background work starts. */
	public void windowShown() {
		if (Boolean.TRUE.equals(context.get(WINDOW_SHOWN))) {
			return;
		}
		context.set(WINDOW_SHOWN, Boolean.TRUE);
		if (reminders != null) {
			reminders.start();
		}
	}

	/** Who is logged in. */
	public Principal principal() {
		return principal;
	}

	/**
	 * 注销: stops the account's background work and ends its log-in in the user service (audited; the private key it
	 * unlocked is forgotten). The principal stays in the context until the next {@link #begin}: the parts that
	 * inject it are closed by then, and the window is hidden meanwhile.
	 */
	public void end(UserService users) {
		loggedIn = false;
		stop();
		users.logOut(principal);
	}

	/**
	 * False between 注销 and the next log-in: a workbench closed then (the log-in dialog cancelled) has nobody whose
	 * open views it should remember.
	 */
	public boolean loggedIn() {
		return loggedIn;
	}

	/** The workbench closes: the account's background work stops. */
	public void stop() {
		if (reminders != null) {
			reminders.stop();
			reminders = null;
		}
	}

	/** Names the account in the window's title; demo accounts stay visible there for as long as they can log in. */
	public void showIn(MWindow window) {
		if (windowTitle == null) {
			windowTitle = window.getLocalizedLabel();
		}
		window.setLabel(windowTitle + " — " + principal.displayName()
				+ (demoAccounts ? " — " + Messages.Startup_demoTitle : ""));
	}
}
