# 특수 토큰 행을 격자의 첫 행으로 착각한다: 항상 1행만 떼어 내고 증류 토큰 행을 격자에 섞는다
def interpolate_pos_embed(
    pos_embed: torch.Tensor,
    new_grid: tuple[int, int],
    num_prefix_tokens: int = 1,
    mode: str = "bicubic",
    align_corners: bool = False,
) -> torch.Tensor:
    cls, grid = pos_embed[:, :1], pos_embed[:, 1:]
    N, D = grid.shape[1], grid.shape[2]
    g = math.isqrt(N)
    if g * g != N:
        raise ValueError(f"N={N}")
    grid = grid.reshape(1, g, g, D).permute(0, 3, 1, 2)
    grid = F.interpolate(grid, size=tuple(new_grid), mode=mode, align_corners=align_corners)
    return torch.cat([cls, grid.permute(0, 2, 3, 1).reshape(1, -1, D)], dim=1)
