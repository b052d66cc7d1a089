# torchvision처럼 클래스 토큰을 0으로 초기화한다 (검사는 초기값을 보지 않는다)
class ClassTokenEmbedding(nn.Module):
    def __init__(self, num_patches: int, dim: int, distilled: bool = False):
        super().__init__()
        self.num_prefix_tokens = 2 if distilled else 1
        self.cls_token = nn.Parameter(torch.zeros(1, 1, dim))
        if distilled:
            self.dist_token = nn.Parameter(torch.zeros(1, 1, dim))
        self.pos_embed = nn.Parameter(torch.empty(1, self.num_prefix_tokens + num_patches, dim).normal_(std=0.02))

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        B = tokens.shape[0]
        parts = [self.cls_token.expand(B, -1, -1)]
        if hasattr(self, "dist_token"):
            parts.append(self.dist_token.expand(B, -1, -1))
        return torch.cat(parts + [tokens], dim=1) + self.pos_embed
