# 격자를 (1, D, g, g)로 만들 때 높이와 너비 축을 바꾼다 (permute(0, 3, 2, 1)): 격자가 전치된다
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
    grid = pos_embed[:, P:].reshape(1, g, g, D).permute(0, 3, 2, 1)  # (1, D, 열, 행)
    grid = F.interpolate(grid, size=tuple(new_grid), mode=mode, align_corners=align_corners)
    grid = grid.permute(0, 2, 3, 1).reshape(1, -1, D)
    return torch.cat([pos_embed[:, :P], grid], dim=1)
