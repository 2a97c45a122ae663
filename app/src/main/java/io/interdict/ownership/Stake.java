package io.interdict.ownership;

/**
 * One holding: {@code owner} holds {@code share} millionths ({@link Share}) of {@code owned}.
 *
 * @param owner index of the owner in {@link OwnershipRegister#parties()}
 * @param owned index of the owned party
 * @param line the line of the register file it came from, for messages (0 when built in code)
 */
public record Stake(int owner, int owned, int share, long line) {}
