# mode 인자를 무시하고 언제나 bicubic으로 보간한다
def interpolate_pos_embed(
    pos_embed: torch.Tensor,
    new_grid: tuple[int, int],
    num_prefix_tokens: int = 1,
    mode: str = "bicubic",
    align_corners: bool = False,
) -> torch.Tensor:
    P = num_prefix_tokens
    N, D = pos_embed.shape[1] - P, pos_embed.shape[2]
    g = math.isqrt(N)
    if g * g != N:
        raise ValueError(f"N={N}")
    grid = pos_embed[:, P:].reshape(1, g, g, D).permute(0, 3, 1, 2)
    grid = F.interpolate(grid, size=tuple(new_grid), mode="bicubic", align_corners=align_corners)
    return torch.cat([pos_embed[:, :P], grid.permute(0, 2, 3, 1).reshape(1, -1, D)], dim=1)
