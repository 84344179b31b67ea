package ducha.app.ui;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;

import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import jakarta.inject.Inject;

/**
 * What the logged-in account may do, asked before an action is offered: the answer the services give when they
 * check ({@link AuthorizationService} over the permissions the installed plugins declare), so that a button the
 * account may not use is disabled and says why instead of failing after the click. Parts and dialogs inject it
 * ({@code @Inject Rights rights}); a handler asks it in its {@code @CanExecute}. The services still check every
 * call: this only keeps the screen from offering what they would refuse.
 */
@Creatable
public class Rights {

	private final Principal principal;
	private final AuthorizationService authorization;

	@Inject
	public Rights(Principal principal, AuthorizationService authorization) {
		this.principal = principal;
		this.authorization = authorization;
	}

	/** The logged-in account. */
	public Principal principal() {
		return principal;
	}

	/** True when the account holds at least one of the permissions (none named: true). */
	public boolean may(String... anyOf) {
		return anyOf.length == 0 || Arrays.stream(anyOf).anyMatch(id -> authorization.isPermitted(principal, id));
	}

	/**
	 * Enables the control when the condition holds and the account holds one of the permissions. Without the
	 * permission its tool tip says, in the user's words, which permission it needs; otherwise the tip is cleared.
	 * A part whose buttons also depend on a selection calls this on every change of it.
	 */
	public void enable(Control control, boolean condition, String... anyOf) {
		boolean permitted = may(anyOf);
		control.setEnabled(condition && permitted);
		control.setToolTipText(permitted ? null : missing(anyOf));
	}

	/** {@link #enable} once, for a control that depends on nothing but the permission; returns it. */
	public <C extends Control> C require(C control, String... anyOf) {
		enable(control, true, anyOf);
		return control;
	}

	/** Why the account may not: the permissions' labels (what they allow), never their ids. */
	public String missing(String... anyOf) {
		return NLS.bind(Messages.Rights_missing,
				Arrays.stream(anyOf).map(authorization::label).distinct().collect(Collectors.joining(Messages.Rights_or)));
	}
}
