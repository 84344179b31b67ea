package ducha.team.ui.internal.roster;

import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.NotFoundException;
import ducha.core.security.Principal;
import ducha.team.GroupService;
import ducha.team.SpecialistGroup;

/** 改名: a group's new name (its code stays). */
final class RenameDialog extends FormDialog<SpecialistGroup> {

	private final GroupService groups;
	private final Principal principal;
	/** The group as the form was filled from it; its version goes back with the rename. */
	private SpecialistGroup group;
	private Text name;

	RenameDialog(Shell parent, Background background, GroupService groups, Principal principal,
			SpecialistGroup group) {
		super(parent, background, Messages.renameTitle, group.name(), Messages.renameMessage);
		this.groups = groups;
		this.principal = principal;
		this.group = group;
	}

	@Override
	protected void fields(Composite form) {
		name = Forms.text(form, Messages.fieldGroupName, "rename.name");
		name.setText(group.name());
	}

	@Override
	protected List<String> problems() {
		return Forms.optional(name) == null ? List.of(Messages.nameMissing) : List.of();
	}

	@Override
	protected Callable<SpecialistGroup> save() {
		String newName = Forms.optional(name);
		SpecialistGroup seen = group;
		return () -> groups.rename(seen.code(), newName, seen.version(), principal);
	}

	/** Reads the group again: the form then shows its stored name. */
	@Override
	protected Callable<Runnable> reload() {
		String code = group.code();
		return () -> {
			SpecialistGroup stored = groups.groups(principal).stream().filter(g -> g.code().equals(code)).findFirst()
					.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.groupGone, code)));
			return () -> {
				group = stored;
				name.setText(stored.name());
			};
		};
	}
}
