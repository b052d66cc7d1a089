# 격자를 전치해 (1, D, 열, 행)로 보간한 뒤 다시 전치한다: 2D 보간은 축마다 따로 하므로 전치와 교환된다
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
    h, w = new_grid
    grid = F.interpolate(grid, size=(w, h), mode=mode, align_corners=align_corners)
    grid = grid.permute(0, 3, 2, 1).reshape(1, -1, D)
    return torch.cat([pos_embed[:, :P], grid], dim=1)
