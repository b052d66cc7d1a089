# (1, N, D)를 permute 없이 reshape(1, D, g, g)로 바꾼다: 격자와 성분이 뒤섞인다
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
    grid = pos_embed[:, P:].reshape(1, D, g, g)
    grid = F.interpolate(grid, size=tuple(new_grid), mode=mode, align_corners=align_corners)
    return torch.cat([pos_embed[:, :P], grid.reshape(1, -1, D)], dim=1)
