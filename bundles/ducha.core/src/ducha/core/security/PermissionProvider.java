package ducha.core.security;

import java.util.Collection;

/**
 * SPI (OSGi service): a plugin declares its permissions and which roles hold them. {@link AuthorizationService}
 * collects every registered provider, so a removed plugin's permissions disappear with it.
 */
public interface PermissionProvider {

	Collection<PermissionGrant> grants();
}
