package ducha.core.plugins;

import java.time.Instant;

/**
 * A plugin switched off for the whole court.
 *
 * @param plugin     the plugin's id, the {@code Ducha-Module} header of its bundles (cases, petitions, ...)
 * @param disabledBy the account that switched it off
 * @param disabledAt when
 */
public record DisabledPlugin(String plugin, String disabledBy, Instant disabledAt) {
}
