package ducha.core.security;

import java.util.Objects;

/**
 * Something a user may be allowed to do, e.g. {@code staff.write}. Ids are namespaced by plugin
 * ({@code cases.mark-four-kinds}); the label is shown to administrators.
 */
public record Permission(String id, String label) {

	public Permission {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
	}
}
